package vn.kiemchung.extraction.parsing;

import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the plain text of Tika's XHTML, with a form feed between pages (Tika marks each PDF
 * page with {@code <div class="page">}), and stops the parse once {@code maxChars} are kept.
 */
final class PageText extends DefaultHandler {

    private final StringBuilder text = new StringBuilder();
    private final int maxChars;
    private int pages;
    private boolean truncated;

    PageText(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if ("div".equals(localName) && "page".equals(attributes.getValue("class"))) {
            if (pages > 0) {
                trimTrailingBlankLines();
                append(new char[]{'\f'}, 0, 1);
            }
            pages++;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        append(ch, start, length);
    }

    private void append(char[] ch, int start, int length) throws SAXException {
        if (truncated) {
            throw new WriteLimitReachedException(maxChars);
        }
        int room = maxChars - text.length();
        if (length > room) {
            text.append(ch, start, room);
            truncated = true;
            // Tika recognises this exception and stops the parse instead of reading the rest.
            throw new WriteLimitReachedException(maxChars);
        }
        text.append(ch, start, length);
    }

    private void trimTrailingBlankLines() {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1)) && text.charAt(end - 1) != '\f') {
            end--;
        }
        text.setLength(end);
    }

    String text() {
        return text.toString();
    }

    /** Page divs seen, which for PDFs is the number of pages read. */
    int pageDivs() {
        return pages;
    }

    boolean truncated() {
        return truncated;
    }
}
