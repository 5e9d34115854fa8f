namespace EidAnalytics.Core.Disclosure;

/// <summary>Which dataset of each organisation a release for a snapshot uses.</summary>
public static class ReleaseCandidates
{
    /// <summary>
    /// For each organisation, its latest dataset at or before <paramref name="snapshot"/> and after the same date a
    /// year earlier (a return more than a year old is not presented as this year's): a whole-organisation HR
    /// extract before an IT-team extract (the HR system is the record; the IT team's list is used where there is no
    /// HR extract), then the later snapshot, then the one loaded last. Never the highest id whatever its kind.
    /// </summary>
    public static IReadOnlyList<T> Latest<T>(IEnumerable<ReleaseCandidate<T>> candidates, DateOnly snapshot)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var earliest = snapshot.AddYears(-1);
        return candidates
            .Where(c => c.Snapshot <= snapshot && c.Snapshot > earliest)
            .GroupBy(c => c.Code, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(c => c.WholeOrganisation).ThenByDescending(c => c.Snapshot).ThenByDescending(c => c.Order).First().Item)
            .ToList();
    }

    /// <summary>The release dates: every snapshot date a dataset has, oldest first.</summary>
    public static IReadOnlyList<DateOnly> Snapshots<T>(IEnumerable<ReleaseCandidate<T>> candidates) =>
        [.. candidates.Select(c => c.Snapshot).Distinct().Order()];
}
