using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Pseudonymisation;

namespace EidAnalytics.Cli.Publish;

/// <summary>
/// A file's valid rows gathered into <see cref="DisclosureCells"/> per organisation and snapshot, each person
/// pseudonymised and given a record key exactly as the service does at ingest, so the same file and key give the
/// same cells here and there. No record is kept. Not thread-safe: one per file.
/// </summary>
internal sealed class ReleaseCellTallies(byte[] key) : IRecordSink, IDisposable
{
    private readonly Dictionary<string, OrganisationPseudonyms> _pseudonyms = new(StringComparer.Ordinal);
    private readonly RecordKeys _recordKeys = new(key);
    private readonly Dictionary<(string Code, DateOnly Snapshot), Tally> _tallies = [];

    /// <summary>One organisation's cells at one snapshot, and whether its rows go beyond the IT function.</summary>
    public sealed class Tally
    {
        public DisclosureCells Cells { get; } = new();

        public bool WholeOrganisation { get; set; }
    }

    public IReadOnlyDictionary<(string Code, DateOnly Snapshot), Tally> Tallies => _tallies;

    public void Add(EmployeeRecord record)
    {
        if (!_pseudonyms.TryGetValue(record.OrganisationCode, out var pseudonyms))
        {
            _pseudonyms[record.OrganisationCode] = pseudonyms = new OrganisationPseudonyms(key, record.OrganisationCode);
        }
        if (!_tallies.TryGetValue((record.OrganisationCode, record.SnapshotDate), out var tally))
        {
            _tallies[(record.OrganisationCode, record.SnapshotDate)] = tally = new Tally();
        }
        tally.Cells.Add(record, _recordKeys.Of(pseudonyms.Pseudonymise(record.EmployeeRef).Span));
        tally.WholeOrganisation |= !record.IsItFunction;
    }

    public void Reject() => _tallies.Clear();

    public void Dispose()
    {
        foreach (var pseudonyms in _pseudonyms.Values)
        {
            pseudonyms.Dispose();
        }
        _recordKeys.Dispose();
    }
}
