using System.Buffers.Binary;
using System.Text;

namespace EidAnalytics.Web.Features.Uploads;

/// <summary>
/// Rows in PostgreSQL's binary COPY format, written into one reused buffer and handed to the COPY stream in
/// large blocks. Npgsql's importer resolves a type handler and boxes a parameter for every field; for a
/// million rows of eighteen fields that was most of an upload's time, so the few types <c>employees</c>
/// needs are encoded here by the format's rules (https://www.postgresql.org/docs/15/sql-copy.html, "Binary
/// Format"): a signature and two zero words, then per row a field count and per field a big-endian length
/// (−1 for null) and the value in the type's binary send format, then −1 to end.
/// </summary>
internal sealed class BinaryCopyRows(Stream copy)
{
    private const int BufferSize = 64 * 1024;

    /// <summary>Room every field but a text or bytea one needs: its length word and at most eight bytes.</summary>
    private const int FixedFieldSize = 12;

    private static readonly byte[] Signature = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0];

    /// <summary>PostgreSQL counts dates in days from 1 January 2000.</summary>
    private static readonly int PostgresEpochDay = new DateOnly(2000, 1, 1).DayNumber;

    private readonly byte[] _buffer = new byte[BufferSize];
    private int _length;

    public void Begin()
    {
        Signature.CopyTo(_buffer, 0);
        _length = Signature.Length;
        Int32(0); // flags: no OIDs
        Int32(0); // header extension length
    }

    public void StartRow(short fields)
    {
        Reserve(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_length), fields);
        _length += 2;
    }

    public void Bigint(long value)
    {
        Reserve(FixedFieldSize);
        Int32(8);
        BinaryPrimitives.WriteInt64BigEndian(_buffer.AsSpan(_length), value);
        _length += 8;
    }

    public void Smallint(short value)
    {
        Reserve(FixedFieldSize);
        Int32(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_length), value);
        _length += 2;
    }

    public void Double(double? value)
    {
        Reserve(FixedFieldSize);
        if (value is not { } number)
        {
            Int32(-1);
            return;
        }
        Int32(8);
        BinaryPrimitives.WriteDoubleBigEndian(_buffer.AsSpan(_length), number);
        _length += 8;
    }

    public void Date(DateOnly? value)
    {
        Reserve(FixedFieldSize);
        if (value is not { } date)
        {
            Int32(-1);
            return;
        }
        Int32(4);
        Int32(date.DayNumber - PostgresEpochDay);
    }

    public void Text(string? value)
    {
        if (value is null)
        {
            Reserve(4);
            Int32(-1);
            return;
        }
        if (4 + Encoding.UTF8.GetMaxByteCount(value.Length) > BufferSize)
        {
            Bytea(Encoding.UTF8.GetBytes(value));
            return;
        }
        Reserve(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
        var written = Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length + 4));
        Int32(written);
        _length += written;
    }

    public void Bytea(ReadOnlySpan<byte> value)
    {
        Reserve(4 + value.Length);
        Int32(value.Length);
        if (_length + value.Length > BufferSize)
        {
            // Larger than the buffer (a hostile file's megabyte grade): straight after what is buffered.
            Flush();
            copy.Write(value);
            return;
        }
        value.CopyTo(_buffer.AsSpan(_length));
        _length += value.Length;
    }

    /// <summary>Writes the end marker and what is left of the buffer.</summary>
    public void End()
    {
        Reserve(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_length), -1);
        _length += 2;
        Flush();
    }

    private void Int32(int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), value);
        _length += 4;
    }

    /// <summary>
    /// Makes room for <paramref name="bytes"/> more, sending the buffer on when it is too full; a value larger
    /// than the buffer starts from an empty one (<see cref="Bytea"/> writes it past the buffer).
    /// </summary>
    private void Reserve(int bytes)
    {
        if (_length + Math.Min(bytes, BufferSize) > BufferSize)
        {
            Flush();
        }
    }

    private void Flush()
    {
        copy.Write(_buffer, 0, _length);
        _length = 0;
    }
}
