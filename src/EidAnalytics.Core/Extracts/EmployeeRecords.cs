using System.Text;

namespace EidAnalytics.Core.Extracts;

/// <summary>The valid rows as <see cref="EmployeeRecord"/>s, handed to a <see cref="IRecordSink"/>.</summary>
internal sealed class EmployeeRecords(IRecordSink sink) : IValidRows
{
    // Grades repeat from row to row: one string for each keeps the records small.
    private readonly StringCache _grades = new();

    public void Add(string organisationCode, ReadOnlySpan<byte> employeeRef, ReadOnlySpan<byte> grade, in EmployeeFacts facts) =>
        sink.Add(new EmployeeRecord(organisationCode, Encoding.UTF8.GetString(employeeRef), grade.IsEmpty ? null : _grades.Get(grade), facts));

    public void Reject() => sink.Reject();

    /// <summary>Every valid row kept in a list, for callers that want them all (and the problems' report when there are any).</summary>
    public static EmployeeRecords Kept(out RecordList records) => new(records = new RecordList());

    /// <summary>
    /// One string for each distinct short value of a column, found from its UTF-8 bytes without
    /// decoding them: a direct-mapped cache, so a column with more distinct values than slots only
    /// costs some strings more.
    /// </summary>
    private sealed class StringCache
    {
        private const int Slots = 256;
        private const int MaxLength = 32;

        private readonly byte[]?[] _keys = new byte[]?[Slots];
        private readonly string?[] _values = new string?[Slots];

        public string Get(ReadOnlySpan<byte> utf8)
        {
            if (utf8.Length > MaxLength)
            {
                return Encoding.UTF8.GetString(utf8);
            }

            var hash = (uint)utf8.Length;
            foreach (var b in utf8)
            {
                hash = (hash * 31) + b;
            }

            var slot = (int)(hash % Slots);
            if (_keys[slot] is { } key && utf8.SequenceEqual(key))
            {
                return _values[slot]!;
            }

            var value = Encoding.UTF8.GetString(utf8);
            (_keys[slot], _values[slot]) = (utf8.ToArray(), value);
            return value;
        }
    }
}

/// <summary>The valid rows kept in file order; emptied when the file is rejected.</summary>
internal sealed class RecordList : IRecordSink
{
    private List<EmployeeRecord> _records = [];

    public IReadOnlyList<EmployeeRecord> Records => _records;

    public void Add(EmployeeRecord record) => _records.Add(record);

    public void Reject() => _records = [];
}
