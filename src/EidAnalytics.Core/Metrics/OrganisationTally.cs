using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Core.Metrics;

/// <summary>
/// One organisation's rows at one snapshot, tallied as they stream past: each row goes to exactly one of
/// <see cref="ItFunction"/> and <see cref="OtherFamilies"/>, and the organisation scope is their sum, so no
/// row is counted twice and no list of rows is kept.
/// </summary>
internal sealed class OrganisationTally
{
    private readonly ReportingPeriod _period;

    public OrganisationTally(DateOnly snapshotDate)
    {
        _period = ReportingPeriod.EndingOn(snapshotDate);
        ItFunction = new ScopeTally(_period);
        OtherFamilies = new ScopeTally(_period);
    }

    public ScopeTally ItFunction { get; }

    public ScopeTally OtherFamilies { get; }

    public bool CoversOtherFamilies => OtherFamilies.Rows.All > 0;

    public void Add(EmployeeRecord row) => (row.IsItFunction ? ItFunction : OtherFamilies).Add(row);

    /// <summary>A new tally of every family: the IT function's and the other families' summed.</summary>
    public ScopeTally Organisation()
    {
        var organisation = new ScopeTally(_period);
        organisation.AddAll(ItFunction);
        organisation.AddAll(OtherFamilies);
        return organisation;
    }
}
