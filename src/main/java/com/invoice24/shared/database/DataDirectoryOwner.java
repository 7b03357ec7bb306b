package com.invoice24.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one JVM that runs the PostgreSQL of a data directory, known by a lock on a file beside it.
 * The operating system lets go of the lock when its JVM dies however it dies, so a held lock is a
 * live copy of the application, and a PostgreSQL running on the directory without it is an orphan.
 */
final class DataDirectoryOwner {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryOwner(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the directory for this JVM, or throws {@link AnotherCopyRunningException} naming the JVM that has it. */
    static DataDirectoryOwner take(Path dataDirectory) {
        Path lockFile = dataDirectory.resolveSibling("." + dataDirectory.getFileName() + ".lock");
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String owner = readOwner(channel);
                channel.close();
                throw new AnotherCopyRunningException(dataDirectory, owner);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
            return new DataDirectoryOwner(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock " + lockFile, e);
        }
    }

    void release() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readOwner(FileChannel channel) throws IOException {
        ByteBuffer pid = ByteBuffer.allocate(20);
        channel.read(pid, 0);
        String owner = new String(pid.array(), 0, pid.position(), StandardCharsets.US_ASCII).strip();
        return owner.isEmpty() ? "unknown" : owner;
    }
}
