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

    /// <param name="snapshotDate">The extract's snapshot date.</param>
    /// <param name="appendable">Whether this tally will be <see cref="Append"/>ed to another (see <see cref="ScopeTally(ReportingPeriod, bool)"/>).</param>
    public OrganisationTally(DateOnly snapshotDate, bool appendable = false)
    {
        _period = ReportingPeriod.EndingOn(snapshotDate);
        ItFunction = new ScopeTally(_period, appendable);
        OtherFamilies = new ScopeTally(_period, appendable);
    }

    public DateOnly SnapshotDate => _period.Snapshot;

    public ScopeTally ItFunction { get; }

    public ScopeTally OtherFamilies { get; }

    public bool CoversOtherFamilies => OtherFamilies.Rows.All > 0;

    public void Add(in EmployeeFacts row) => (row.IsItFunction ? ItFunction : OtherFamilies).Add(row);

    /// <summary>Adds the tally of the rows that follow in the same file, as if they had been added here.</summary>
    public void Append(OrganisationTally later)
    {
        ItFunction.Append(later.ItFunction);
        OtherFamilies.Append(later.OtherFamilies);
    }

    /// <summary>A new tally of every family: the IT function's and the other families' summed.</summary>
    public ScopeTally Organisation()
    {
        var organisation = new ScopeTally(_period);
        organisation.AddAll(ItFunction);
        organisation.AddAll(OtherFamilies);
        return organisation;
    }
}
