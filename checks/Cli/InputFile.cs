using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace VmoKernel.Checks.Cli;

/// <summary>
/// Reads a file the user named (a scenario, coyote.json, a trace) as bounded text: a FIFO, terminal or
/// other stream is refused instead of waiting for a writer, a file past <see cref="MaxBytes"/> (or an
/// endless device such as /dev/zero) is refused instead of filling memory, and a file with a control
/// byte (NUL, escape, ...) is refused as binary instead of being echoed to the terminal. Each refusal is one <see cref="InputException"/> line.
/// </summary>
public static partial class InputFile
{
    /// <summary>The largest input read: the biggest scenario file is about 40 KB, a trace about 100 KB.</summary>
    public const int MaxBytes = 4 << 20;

    /// <summary>The file's bytes, checked as above; <paramref name="display"/> names it in messages.</summary>
    public static byte[] ReadBytes(string path, string display)
    {
        using var stream = Open(path, display);
        if (!stream.CanSeek)
        {
            throw new InputException($"{display} is not a regular file (a pipe, FIFO or terminal): give a file");
        }

        var buffer = new byte[MaxBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        if (total > MaxBytes)
        {
            throw new InputException($"{display} is larger than the {MaxBytes >> 20} MiB input limit");
        }

        var bytes = buffer.AsSpan(0, total);
        if (bytes.IndexOfAnyExcept(TextBytes) is var at and >= 0)
        {
            throw new InputException($"{display} is not a text file (control byte 0x{bytes[at]:x2} at offset {at})");
        }

        return bytes.ToArray();
    }

    /// <summary>The file as UTF-8 text (a byte-order mark dropped), checked as <see cref="ReadBytes"/>.</summary>
    public static string ReadText(string path, string display)
    {
        var bytes = ReadBytes(path, display);
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new InputException($"{display} is not UTF-8 text");
        }
    }

    // Text has no control bytes but tab, line feed and carriage return (scenario strings spell the others
    // as \xNN, JSON as \uNNNN): one refusal line beats a diagnostic per garbled line of a binary file.
    private static readonly System.Buffers.SearchValues<byte> TextBytes =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0x20, 0xe0).Select(b => (byte)b), (byte)'\t', (byte)'\n', (byte)'\r']);

    private static FileStream Open(string path, string display)
    {
        if (Directory.Exists(path))
        {
            throw new InputException($"{display} is a folder, not a file");
        }

        if (!File.Exists(path))
        {
            throw new InputException($"no such file: {display}");
        }

        try
        {
            if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            {
                return File.OpenRead(path);
            }

            // Non-blocking open: opening a FIFO with no writer would otherwise wait forever.
            var fd = OpenNonBlocking(path, ReadOnlyNonBlocking);
            if (fd < 0)
            {
                throw new InputException($"cannot read {display}: {Marshal.GetLastPInvokeErrorMessage()}");
            }

            return new FileStream(new SafeFileHandle(fd, ownsHandle: true), FileAccess.Read, 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot read {display}: {e.Message}");
        }
    }

    // O_RDONLY | O_NONBLOCK | O_CLOEXEC on Linux (x86-64 and arm64); O_CLOEXEC differs on macOS, O_NONBLOCK does not.
    private static int ReadOnlyNonBlocking => OperatingSystem.IsMacOS() ? 0x4 | 0x1000000 : 0x800 | 0x80000;

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int OpenNonBlocking(string path, int flags);
}
