using System.Globalization;
using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Core.Metrics;

/// <summary>
/// One organisation's rows at one snapshot date, counted as they arrive, so its metrics can be measured
/// without keeping its records (the web host tallies an upload while it streams into the database).
/// </summary>
public sealed class WorkforceTally(DateOnly snapshotDate)
{
    private readonly OrganisationTally _tally = new(snapshotDate);
    private string? _organisationCode;

    public DateOnly SnapshotDate => snapshotDate;

    /// <summary>Rows added.</summary>
    public int Count { get; private set; }

    /// <summary>Rows added whose job family is <c>other</c>: outside the IT function.</summary>
    public int OtherFamilyCount { get; private set; }

    /// <exception cref="ArgumentException">The record is from another organisation or snapshot date than the first.</exception>
    public void Add(EmployeeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _organisationCode ??= record.OrganisationCode;
        if (record.SnapshotDate != snapshotDate || !string.Equals(record.OrganisationCode, _organisationCode, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Every row must be from one organisation at {snapshotDate:yyyy-MM-dd}; row {record.EmployeeRef} is from {record.OrganisationCode} at {record.SnapshotDate:yyyy-MM-dd}."),
                nameof(record));
        }
        _tally.Add(record.Facts);
        Count++;
        OtherFamilyCount += record.IsItFunction ? 0 : 1;
    }

    /// <summary>The metrics of each scope, as <see cref="WorkforceMetrics.Compute"/> gives them for the same rows.</summary>
    public IReadOnlyList<ScopeMetrics> Measure(IReadOnlySet<string> columns, MetricOptions options)
    {
        ArgumentNullException.ThrowIfNull(columns);
        WorkforceMetrics.CheckOptions(options);
        return WorkforceMetrics.MeasureScopes(_tally, columns, options);
    }
}
