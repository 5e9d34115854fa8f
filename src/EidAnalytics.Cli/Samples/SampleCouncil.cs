using EidAnalytics.Core.Organisations;

namespace EidAnalytics.Cli.Samples;

/// <summary>
/// A fictional council of the sample data and the patterns its simulated workforce is built with.
/// Every code sits in the <c>999</c> block of its GSS entity code (e.g. <c>E07999001</c>), which no
/// real organisation uses, so sample data can never be mistaken for, or collide with, a real council.
/// </summary>
/// <param name="Code">Synthetic GSS code.</param>
/// <param name="Name">Made-up name.</param>
/// <param name="Type">One of <see cref="OrganisationTypes"/>.</param>
/// <param name="Region">One of <see cref="Regions"/>.</param>
/// <param name="ItTeam">IT function headcount the simulation starts from (3 to 300).</param>
/// <param name="Workforce">Whole-council headcount; simulated in full only when <paramref name="WholeOrganisation"/>.</param>
/// <param name="WholeOrganisation">Whether the council sends whole-organisation HR extracts (with <c>other</c> job family staff) rather than IT-team extracts.</param>
/// <param name="WomenShare">Women's share of hires into the IT function, before it thins with seniority.</param>
public sealed record SampleCouncil(
    string Code, string Name, string Type, string Region, int ItTeam, int Workforce, bool WholeOrganisation, double WomenShare)
{
    /// <summary>Women's leaving rate as a multiple of men's (1 = the same).</summary>
    public double WomenLeaving { get; init; } = 1.0;

    /// <summary>Women's chance of being picked for an internal promotion, as a multiple of men's.</summary>
    public double WomenPromotion { get; init; } = 1.0;

    /// <summary>Yearly change in women's share of IT hires, as a fraction of <see cref="WomenShare"/> (0.05 = 5% more each year).</summary>
    public double HiringTrend { get; init; }

    /// <summary>Whether the council pays bonuses (honoraria, market supplements paid as lump sums) to a minority of staff.</summary>
    public bool PaysBonuses { get; init; }

    /// <summary>The layout the council's extracts come in.</summary>
    public SampleLayout Layout { get; init; } = SampleLayout.Standard;
}
