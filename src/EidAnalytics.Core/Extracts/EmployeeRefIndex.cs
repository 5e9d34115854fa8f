using System.Runtime.InteropServices;

namespace EidAnalytics.Core.Extracts;

/// <summary>
/// The employee_refs seen so far, per organisation code, with the row each was first on: the rule
/// that a reference is unique within its organisation. A million references cost no string or object
/// each: their UTF-8 bytes go one after another into one array, found again through an
/// open-addressing table of (hash, organisation, where, row), and a hash match is confirmed on the
/// bytes, so the answer is exact.
/// </summary>
internal sealed class EmployeeRefIndex
{
    private const int MaxLoadPercent = 70;

    // Organisation ids start at 1, so that 0 marks an empty slot.
    private readonly Dictionary<string, int> _organisationIds = new(StringComparer.Ordinal);
    private readonly List<string> _organisations = [""];
    private readonly List<int> _organisationHashes = [0];

    // The organisation of the reference before, which is usually that of this one.
    private string? _lastOrganisation;
    private int _lastOrganisationId;

    private Slot[] _slots = new Slot[1024];
    private int _count;

    // Each reference as its length (4 bytes) and then its bytes.
    private byte[] _bytes = new byte[16 * 1024];
    private int _used;

    private struct Slot
    {
        public int Hash;
        public int Organisation;
        public int Offset;
        public int Row;
    }

    /// <summary>
    /// Adds <paramref name="employeeRef"/> of <paramref name="organisationCode"/> first seen on
    /// <paramref name="row"/>; false, with the row it was first on, when it was there already.
    /// </summary>
    public bool TryAdd(string organisationCode, ReadOnlySpan<byte> employeeRef, int row, out int firstRow)
    {
        var organisation = OrganisationId(organisationCode);
        var hash = Hash(_organisationHashes[organisation], employeeRef);
        var mask = _slots.Length - 1;
        var i = hash & mask;
        while (_slots[i].Organisation != 0)
        {
            ref var slot = ref _slots[i];
            if (slot.Hash == hash && slot.Organisation == organisation && Text(slot.Offset).SequenceEqual(employeeRef))
            {
                firstRow = slot.Row;
                return false;
            }

            i = (i + 1) & mask;
        }

        _slots[i] = new Slot { Hash = hash, Organisation = organisation, Offset = Store(employeeRef), Row = row };
        firstRow = row;
        if (++_count * 100 > _slots.Length * MaxLoadPercent)
        {
            Grow();
        }

        return true;
    }

    /// <summary>
    /// Whether any reference of <paramref name="other"/> is also here for the same organisation code:
    /// the check across the parts of a file read apart. Only organisations found in both are looked at,
    /// so the parts of a file grouped by organisation share almost none.
    /// </summary>
    public bool SharesAnyWith(EmployeeRefIndex other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var theirs = new int[other._organisations.Count];
        var shared = false;
        for (var id = 1; id < theirs.Length; id++)
        {
            theirs[id] = _organisationIds.GetValueOrDefault(other._organisations[id]);
            shared |= theirs[id] != 0;
        }

        if (!shared)
        {
            return false;
        }

        foreach (ref readonly var slot in other._slots.AsSpan())
        {
            if (slot.Organisation != 0 && theirs[slot.Organisation] is var mine and not 0 && Contains(mine, slot.Hash, other.Text(slot.Offset)))
            {
                return true;
            }
        }

        return false;
    }

    private bool Contains(int organisation, int hash, ReadOnlySpan<byte> employeeRef)
    {
        var mask = _slots.Length - 1;
        for (var i = hash & mask; _slots[i].Organisation != 0; i = (i + 1) & mask)
        {
            ref var slot = ref _slots[i];
            if (slot.Hash == hash && slot.Organisation == organisation && Text(slot.Offset).SequenceEqual(employeeRef))
            {
                return true;
            }
        }

        return false;
    }

    private int OrganisationId(string code)
    {
        if (ReferenceEquals(code, _lastOrganisation))
        {
            return _lastOrganisationId;
        }

        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_organisationIds, code, out var exists);
        if (!exists)
        {
            id = _organisations.Count;
            _organisations.Add(code);
            _organisationHashes.Add(string.GetHashCode(code, StringComparison.Ordinal));
        }

        (_lastOrganisation, _lastOrganisationId) = (code, id);
        return id;
    }

    /// <summary>
    /// The same for the same organisation code and reference in every index of this process, so that
    /// two indexes can be compared; organisations that number their staff alike (R0000001, …) still
    /// spread over the table.
    /// </summary>
    private static int Hash(int organisationHash, ReadOnlySpan<byte> employeeRef)
    {
        var hash = new HashCode();
        hash.Add(organisationHash);
        hash.AddBytes(employeeRef);
        return hash.ToHashCode() & int.MaxValue;
    }

    private ReadOnlySpan<byte> Text(int offset) =>
        _bytes.AsSpan(offset + sizeof(int), MemoryMarshal.Read<int>(_bytes.AsSpan(offset)));

    private int Store(ReadOnlySpan<byte> employeeRef)
    {
        var offset = _used;
        var needed = checked(offset + sizeof(int) + employeeRef.Length);
        if (needed > _bytes.Length)
        {
            Array.Resize(ref _bytes, (int)Math.Min(Array.MaxLength, Math.Max(needed, 2L * _bytes.Length)));
        }

        MemoryMarshal.Write(_bytes.AsSpan(offset), employeeRef.Length);
        employeeRef.CopyTo(_bytes.AsSpan(offset + sizeof(int)));
        _used = needed;
        return offset;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (ref readonly var slot in old.AsSpan())
        {
            if (slot.Organisation == 0)
            {
                continue;
            }

            var i = slot.Hash & mask;
            while (_slots[i].Organisation != 0)
            {
                i = (i + 1) & mask;
            }

            _slots[i] = slot;
        }
    }
}
