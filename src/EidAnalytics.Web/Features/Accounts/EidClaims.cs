namespace EidAnalytics.Web.Features.Accounts;

/// <summary>Claims the service puts on a signed-in principal.</summary>
public static class EidClaims
{
    /// <summary>The database id of the account's organisation (uploader, viewer, API token).</summary>
    public const string OrganisationId = "eid:organisation_id";

    /// <summary>The GSS code of that organisation, for display and routes.</summary>
    public const string OrganisationCode = "eid:organisation_code";

    /// <summary>Present on an API token's principal: what it may do.</summary>
    public const string TokenScope = "eid:token_scope";

    /// <summary>The only token scope: uploading extracts and following them.</summary>
    public const string UploadScope = "upload";
}
