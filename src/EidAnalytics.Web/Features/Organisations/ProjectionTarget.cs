namespace EidAnalytics.Web.Features.Organisations;

/// <summary>
/// A women's share of staff to reach (a fraction) by a number of years after the snapshot: the one the dashboard's
/// user tried instead of the configured one (<c>MetricOptions.ProjectionTarget</c> and <c>ProjectionYear</c>).
/// </summary>
public sealed record ProjectionTarget(double Share, int Years)
{
    /// <summary>Shares a user may try, in whole percent.</summary>
    public const int LowestPercent = 1, HighestPercent = 99;
}
