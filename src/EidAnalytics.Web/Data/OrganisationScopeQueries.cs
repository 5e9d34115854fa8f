namespace EidAnalytics.Web.Data;

public static class OrganisationScopeQueries
{
    /// <summary>
    /// The organisations whose own pages the scope may open. Organisations are reference data,
    /// visible to all (comparisons name them), so pages about one organisation's data ask this.
    /// </summary>
    public static IQueryable<Organisation> InScope(this IQueryable<Organisation> organisations, OrganisationScope scope) =>
        scope.SeesAll ? organisations : organisations.Where(o => o.Id == scope.OrganisationId);
}
