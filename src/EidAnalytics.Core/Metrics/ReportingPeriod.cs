namespace EidAnalytics.Core.Metrics;

/// <summary>
/// Period P of DESIGN §6: the 12 months up to the snapshot date, (snapshot − 1 year, snapshot]. The start
/// T0 is exclusive, so a person who started on T0 is in S0 and is not a joiner.
/// </summary>
internal readonly record struct ReportingPeriod(DateOnly Start, DateOnly Snapshot)
{
    public static ReportingPeriod EndingOn(DateOnly snapshot) => new(snapshot.AddYears(-1), snapshot);

    public bool Contains(DateOnly? date) => date is { } d && d > Start && d <= Snapshot;
}
