/**
 * Accounts: who may sign in and as what (roles, departments), passwords and their policy, sign-in
 * throttling and its trail, API tokens for scripts, and the refusal of a production start without an
 * administrator. The only module that reads or writes {@code app_user} and {@code api_token}; others ask
 * {@link vn.kiemchung.accounts.Accounts}.
 */
package vn.kiemchung.accounts;
