using System.Globalization;

namespace EidAnalytics.Core.Extracts;

/// <summary>
/// Counts the bytes read from an upload (or unpacked from a part of an XLSX file) and stops at the
/// limit, so that a file too large is rejected without reading it all, whether or not its length
/// is known in advance or honestly declared. With <paramref name="endAtLimit"/> the limit is instead
/// where the stream ends: a byte range of a file read in parts.
/// </summary>
/// <param name="inner">The stream counted.</param>
/// <param name="maxBytes">The most bytes that may be read.</param>
/// <param name="overLimit">The problem to report at the limit; by default, that the file is too large.</param>
/// <param name="ownsInner">Whether disposing this stream disposes <paramref name="inner"/>.</param>
/// <param name="endAtLimit">Whether the stream quietly ends at the limit rather than reporting a problem.</param>
internal sealed class ByteLimitStream(
    Stream inner, long maxBytes, Func<long, ValidationProblem>? overLimit = null, bool ownsInner = false, bool endAtLimit = false) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(endAtLimit ? buffer[..Remaining(buffer.Length)] : buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(endAtLimit ? buffer[..Remaining(buffer.Length)] : buffer, cancellationToken));

    private int Remaining(int wanted) => (int)Math.Min(wanted, maxBytes - _read);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Count(int read)
    {
        _read += read;
        if (_read > maxBytes)
        {
            throw new ExtractReadException(overLimit?.Invoke(maxBytes) ?? new ValidationProblem(0, "", "",
                $"the file is larger than the limit of {Describe(maxBytes)}; split it or leave out columns that are not in the standard")
            {
                Kind = ProblemKind.TooLarge,
            });
        }

        return read;
    }

    internal static string Describe(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.##} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");

    protected override void Dispose(bool disposing)
    {
        if (disposing && ownsInner)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
