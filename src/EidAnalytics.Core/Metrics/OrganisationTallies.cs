using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Core.Metrics;

/// <summary>
/// A tally for every (organisation code, snapshot date) among rows streaming past in their own order:
/// what <see cref="WorkforceMetrics.ComputeByOrganisation"/> gathers from records, and the offline
/// analyser from a file's valid rows without keeping them (as their <see cref="IValidRows"/>).
/// </summary>
internal sealed class OrganisationTallies(bool appendable = false) : IValidRows
{
    private readonly Dictionary<(string Code, DateOnly Snapshot), OrganisationTally> _tallies = [];

    // The tally of the row before: an extract's rows arrive together, so the dictionary is consulted only when the extract changes.
    private OrganisationTally? _current;
    private string? _currentCode;
    private int _currentDay = -1;

    /// <summary>The snapshot dates among the rows.</summary>
    public IEnumerable<DateOnly> SnapshotDates => _tallies.Keys.Select(k => k.Snapshot).Distinct();

    public void Add(string organisationCode, in EmployeeFacts row)
    {
        if (_current is null || row.SnapshotDay != _currentDay || !string.Equals(organisationCode, _currentCode, StringComparison.Ordinal))
        {
            var key = (organisationCode, DateOnly.FromDayNumber(row.SnapshotDay));
            if (!_tallies.TryGetValue(key, out _current))
            {
                _tallies[key] = _current = new OrganisationTally(key.Item2, appendable);
            }
            (_currentCode, _currentDay) = (organisationCode, row.SnapshotDay);
        }
        _current.Add(row);
    }

    void IValidRows.Add(string organisationCode, ReadOnlySpan<byte> employeeRef, ReadOnlySpan<byte> grade, in EmployeeFacts facts) =>
        Add(organisationCode, facts);

    void IValidRows.Reject()
    {
        _tallies.Clear();
        _current = null;
    }

    /// <summary>Adds the appendable tallies of the rows that follow in the same file, as if they had been added here.</summary>
    public void Append(OrganisationTallies later)
    {
        foreach (var (key, tally) in later._tallies)
        {
            if (_tallies.TryGetValue(key, out var earlier))
            {
                earlier.Append(tally);
            }
            else
            {
                _tallies[key] = tally;
            }
        }
        _current = null;
    }

    /// <summary>Every tally's metrics, ordered by organisation code (ordinal) then snapshot date; organisations are measured on every core.</summary>
    public List<OrganisationMetrics> Measure(IReadOnlySet<string> columns, MetricOptions options)
    {
        var tallies = _tallies.OrderBy(t => t.Key.Code, StringComparer.Ordinal).ThenBy(t => t.Key.Snapshot).ToArray();
        var measured = new OrganisationMetrics[tallies.Length];
        Parallel.For(0, tallies.Length, i =>
        {
            var ((code, snapshot), tally) = tallies[i];
            measured[i] = new OrganisationMetrics(code, snapshot, WorkforceMetrics.MeasureScopes(tally, columns, options));
        });
        return [.. measured];
    }
}
