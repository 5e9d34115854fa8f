using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Core.Disclosure;

/// <summary>
/// The IT function's people of one dataset split into the 36 base cells that every figure published outside the
/// organisation is a sum of — staff at the snapshot by level and gender, joiners, staff a year before and those of
/// them still employed, each by gender — with each cell's head count and cell key (the sum of its people's record
/// keys modulo <see cref="RecordKeys.Range"/>). A published count's cell key is the sum of its base cells' keys, so
/// the same set of people has the same key, and so the same published count, in every table it appears in.
/// Gathered as rows stream past at ingest; record keys themselves are never kept.
/// </summary>
public sealed class DisclosureCells
{
    public const int Length = 36;

    private const int Genders = 4;
    private const int JoinersStart = 24;
    private const int AtStartStart = 28;
    private const int StayedStart = 32;

    private readonly long[] _counts;
    private readonly int[] _keys;

    public DisclosureCells()
        : this(new long[Length], new int[Length])
    {
    }

    private DisclosureCells(long[] counts, int[] keys) => (_counts, _keys) = (counts, keys);

    /// <summary>Staff at the snapshot (S1) at a level (1–6) of a gender.</summary>
    public static int AtEnd(int level, Gender gender) => ((level - 1) * Genders) + (int)gender;

    /// <summary>Joiners in the 12 months (leavers among them included) of a gender.</summary>
    public static int Joiners(Gender gender) => JoinersStart + (int)gender;

    /// <summary>Staff a year before the snapshot (S0, leavers in the year included) of a gender.</summary>
    public static int AtStart(Gender gender) => AtStartStart + (int)gender;

    /// <summary>S0 people still employed at the snapshot, of a gender.</summary>
    public static int Stayed(Gender gender) => StayedStart + (int)gender;

    /// <summary>Cells stored as they are read back (counts and keys in cell order).</summary>
    public static DisclosureCells FromStored(IReadOnlyList<int> counts, IReadOnlyList<short> keys)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(keys);
        if (counts.Count != Length || keys.Count != Length || counts.Any(c => c < 0) || keys.Any(k => k is < 0 or >= RecordKeys.Range))
        {
            throw new ArgumentException($"Stored cells need {Length} non-negative counts and {Length} keys from 0 to {RecordKeys.Range - 1}.");
        }
        return new([.. counts.Select(c => (long)c)], [.. keys.Select(k => (int)k)]);
    }

    /// <summary>A person, with their record key; only the IT function's people are counted (DESIGN §6's scope of comparisons).</summary>
    public void Add(EmployeeRecord record, byte recordKey)
    {
        ArgumentNullException.ThrowIfNull(record);
        ref readonly var row = ref record.Facts;
        if (!row.IsItFunction)
        {
            return;
        }
        var start = DateOnly.FromDayNumber(row.SnapshotDay).AddYears(-1).DayNumber;
        var atStart = row.StartDay <= start;
        var atEnd = row.LeaveDay == EmployeeFacts.NoDate;
        if (row.StartDay > start && row.StartDay <= row.SnapshotDay)
        {
            Count(Joiners(row.Gender), recordKey);
        }
        if (atStart)
        {
            Count(AtStart(row.Gender), recordKey);
        }
        if (atEnd)
        {
            Count(AtEnd(row.Level, row.Gender), recordKey);
            if (atStart)
            {
                Count(Stayed(row.Gender), recordKey);
            }
        }
    }

    /// <summary>Adds another organisation's cells, as a group total is the sum of its members' people.</summary>
    public void AddAll(DisclosureCells other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < Length; i++)
        {
            _counts[i] += other._counts[i];
            _keys[i] = (_keys[i] + other._keys[i]) % RecordKeys.Range;
        }
    }

    /// <summary>The head count and cell key of the people in the union of some (disjoint) base cells.</summary>
    public (long Count, int Key) Sum(IEnumerable<int> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var (count, key) = (0L, 0);
        foreach (var cell in cells)
        {
            count += _counts[cell];
            key = (key + _keys[cell]) % RecordKeys.Range;
        }
        return (count, key);
    }

    /// <summary>The counts in cell order, for storing (one organisation's counts fit an int).</summary>
    public int[] StoredCounts() => [.. _counts.Select(c => checked((int)c))];

    /// <summary>The keys in cell order, for storing.</summary>
    public short[] StoredKeys() => [.. _keys.Select(k => (short)k)];

    private void Count(int cell, byte recordKey)
    {
        _counts[cell]++;
        _keys[cell] = (_keys[cell] + recordKey) % RecordKeys.Range;
    }
}
