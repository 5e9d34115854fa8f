using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Metrics;
using static EidAnalytics.Core.Tests.Metrics.Staff;

namespace EidAnalytics.Core.Tests.Metrics;

/// <summary>Metrics from rows tallied as they arrive (an upload streaming into the database), with nothing kept.</summary>
public sealed class WorkforceTallyTests
{
    [Fact]
    public void Rows_tallied_one_by_one_give_each_scopes_metrics_and_the_counts_an_upload_needs()
    {
        // IT function: 3 women, 9 men → women share 3 / 12 = 0.25. Whole organisation: plus 2 women and
        // 1 man in other families → 5 / 15 = 0.333333.
        var tally = new WorkforceTally(Snapshot);
        foreach (var row in Team(Woman.Times(3), Man.Times(9), Woman.InFamily(JobFamily.Other).Times(2), Man.InFamily(JobFamily.Other).Times(1)))
        {
            tally.Add(row);
        }

        var scopes = tally.Measure(AllColumns, MetricOptions.Default);

        Assert.Equal(15, tally.Count);
        Assert.Equal(3, tally.OtherFamilyCount);
        Assert.Equal([Scopes.ItFunction, Scopes.Organisation], scopes.Select(s => s.Scope));
        Expect.Figure(scopes[0].Get(MetricIds.WomenShare), 0.25, 3, 12);
        Expect.Figure(scopes[1].Get(MetricIds.WomenShare), 0.333333, 5, 15);
    }

    [Fact]
    public void A_row_of_another_organisation_or_snapshot_is_refused()
    {
        var tally = new WorkforceTally(Snapshot);
        tally.Add(Woman);

        Assert.Throws<ArgumentException>(() => tally.Add(Man with { OrganisationCode = "E09000001" }));
        Assert.Throws<ArgumentException>(() => tally.Add(Man with { SnapshotDate = Snapshot.AddYears(-1) }));
        Assert.Equal(1, tally.Count);
    }
}
