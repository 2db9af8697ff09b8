package vn.kiemchung.evidence;

import java.nio.charset.StandardCharsets;

/** Bytes the upload policy must refuse, shared by the unit and server tests. */
public final class HostileBytes {

    private HostileBytes() {
    }

    /** The start of a Windows executable: refused by content whatever its name. */
    public static byte[] windowsExecutable() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        System.arraycopy("This program cannot be run in DOS mode".getBytes(StandardCharsets.US_ASCII), 0, exe, 78, 38);
        exe[60] = (byte) 0x80;
        System.arraycopy(new byte[] {'P', 'E', 0, 0}, 0, exe, 0x80, 4);
        return exe;
    }
}
