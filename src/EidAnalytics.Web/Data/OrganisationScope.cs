namespace EidAnalytics.Web.Data;

/// <summary>
/// Whose record-level data and unsuppressed figures the current unit of work may read: one
/// organisation (its uploader or viewer signed in), none (anyone else, or nobody signed in), or
/// all (the service's own jobs). It is decided in one place, from the signed-in user's claims
/// (see Features/Accounts/ScopeFromClaims), and <see cref="EidDbContext"/> applies it to every
/// organisation-owned table as a query filter, so no query can forget it. The only way past it is
/// <c>IgnoreQueryFilters()</c>, used solely where figures leave through disclosure control.
/// </summary>
public sealed class OrganisationScope
{
    private OrganisationScope(long? organisationId, bool seesAll) => (OrganisationId, SeesAll) = (organisationId, seesAll);

    /// <summary>Jobs and start-up work, which act for every organisation.</summary>
    public static OrganisationScope System { get; } = new(null, seesAll: true);

    /// <summary>No organisation's data: anonymous requests and accounts not bound to an organisation.</summary>
    public static OrganisationScope None { get; } = new(null, seesAll: false);

    public static OrganisationScope Of(long organisationId) => new(organisationId, seesAll: false);

    public long? OrganisationId { get; }

    public bool SeesAll { get; }

    public bool Includes(long organisationId) => SeesAll || OrganisationId == organisationId;
}
