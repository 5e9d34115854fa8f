using System.Runtime.InteropServices;

namespace EidAnalytics.Core.Extracts;

/// <summary>
/// The employee_refs seen so far, per organisation code, with the row each was first on: the rule
/// that a reference is unique within its organisation. A million references cost no string or object
/// each: their UTF-8 bytes go one after another into one array, found again through an
/// open-addressing table of (hash, where) per organisation, and a hash match is confirmed on the
/// bytes, so the answer is exact. An organisation's table is small enough to stay in the processor's
/// cache while its rows stream past, which they usually do together.
/// </summary>
internal sealed class EmployeeRefIndex
{
    private const int MaxLoadPercent = 70;

    private readonly Dictionary<string, Table> _tables = new(StringComparer.Ordinal);

    // The organisation of the reference before, which is usually that of this one.
    private string? _lastOrganisation;
    private Table? _lastTable;

    // Each reference as the row it was first on, its length and its bytes.
    private byte[] _bytes = new byte[64 * 1024];
    private int _used;

    /// <summary>
    /// Adds <paramref name="employeeRef"/> of <paramref name="organisationCode"/> first seen on
    /// <paramref name="row"/>; false, with the row it was first on, when it was there already.
    /// </summary>
    public bool TryAdd(string organisationCode, ReadOnlySpan<byte> employeeRef, int row, out int firstRow)
    {
        var table = TableOf(organisationCode);
        var hash = Hash(employeeRef);
        var slots = table.Slots;
        var mask = slots.Length - 1;
        var i = hash & mask;
        for (; slots[i].Hash != 0; i = (i + 1) & mask)
        {
            if (slots[i].Hash == hash && Text(slots[i].Offset).SequenceEqual(employeeRef))
            {
                firstRow = Row(slots[i].Offset);
                return false;
            }
        }

        slots[i] = new Slot(hash, Store(employeeRef, row));
        firstRow = row;
        if (++table.Count * 100 > slots.Length * MaxLoadPercent)
        {
            table.Slots = Grown(slots);
        }

        return true;
    }

    /// <summary>
    /// Whether any reference of <paramref name="other"/> is also here for the same organisation code:
    /// the check across the parts of a file read apart. Only organisations in both are looked at, so
    /// the parts of a file grouped by organisation have almost nothing to compare.
    /// </summary>
    public bool SharesAnyWith(EmployeeRefIndex other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (organisationCode, theirs) in other._tables)
        {
            if (!_tables.TryGetValue(organisationCode, out var mine))
            {
                continue;
            }

            foreach (var slot in theirs.Slots)
            {
                if (slot.Hash != 0 && Contains(mine, slot.Hash, other.Text(slot.Offset)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool Contains(Table table, int hash, ReadOnlySpan<byte> employeeRef)
    {
        var slots = table.Slots;
        var mask = slots.Length - 1;
        for (var i = hash & mask; slots[i].Hash != 0; i = (i + 1) & mask)
        {
            if (slots[i].Hash == hash && Text(slots[i].Offset).SequenceEqual(employeeRef))
            {
                return true;
            }
        }

        return false;
    }

    private Table TableOf(string organisationCode)
    {
        if (!ReferenceEquals(organisationCode, _lastOrganisation))
        {
            ref var table = ref CollectionsMarshal.GetValueRefOrAddDefault(_tables, organisationCode, out _);
            table ??= new Table();
            (_lastOrganisation, _lastTable) = (organisationCode, table);
        }

        return _lastTable!;
    }

    /// <summary>Never 0, which marks an empty slot.</summary>
    private static int Hash(ReadOnlySpan<byte> employeeRef)
    {
        var hash = new HashCode();
        hash.AddBytes(employeeRef);
        return hash.ToHashCode() | 1;
    }

    private int Row(int offset) => MemoryMarshal.Read<int>(_bytes.AsSpan(offset));

    private ReadOnlySpan<byte> Text(int offset) =>
        _bytes.AsSpan(offset + (2 * sizeof(int)), MemoryMarshal.Read<int>(_bytes.AsSpan(offset + sizeof(int))));

    private int Store(ReadOnlySpan<byte> employeeRef, int row)
    {
        var offset = _used;
        var needed = checked(offset + (2 * sizeof(int)) + employeeRef.Length);
        if (needed > _bytes.Length)
        {
            Array.Resize(ref _bytes, (int)Math.Min(Array.MaxLength, Math.Max(needed, 2L * _bytes.Length)));
        }

        MemoryMarshal.Write(_bytes.AsSpan(offset), row);
        MemoryMarshal.Write(_bytes.AsSpan(offset + sizeof(int)), employeeRef.Length);
        employeeRef.CopyTo(_bytes.AsSpan(offset + (2 * sizeof(int))));
        _used = needed;
        return offset;
    }

    private static Slot[] Grown(Slot[] slots)
    {
        var grown = new Slot[slots.Length * 2];
        var mask = grown.Length - 1;
        foreach (var slot in slots)
        {
            if (slot.Hash == 0)
            {
                continue;
            }

            var i = slot.Hash & mask;
            while (grown[i].Hash != 0)
            {
                i = (i + 1) & mask;
            }

            grown[i] = slot;
        }

        return grown;
    }

    private readonly record struct Slot(int Hash, int Offset);

    /// <summary>One organisation's references.</summary>
    private sealed class Table
    {
        public Slot[] Slots = new Slot[64];
        public int Count;
    }
}
