namespace EidAnalytics.Web.Features.Accounts;

/// <summary>
/// Who may call an endpoint. Every page and API endpoint declares one (a test of every endpoint in
/// the app fails on any that does not); <see cref="AccessConventions.Apply"/> turns it into the
/// authorization policy of the same name. Which organisation's data a caller then sees is the
/// <see cref="Data.OrganisationScope"/>'s business, not the route's.
/// </summary>
public enum Access
{
    /// <summary>No sign-in: the sign-in page, health, errors, static start-up status.</summary>
    Anyone,

    /// <summary>Any signed-in account: the start page, disclosure-controlled comparisons.</summary>
    SignedIn,

    /// <summary>An uploader or viewer of an organisation: its dashboard, uploads, briefings.</summary>
    OrganisationMember,

    /// <summary>An uploader of an organisation: uploading, mapping its files.</summary>
    OrganisationUploader,

    /// <summary>An organisation's uploader or an administrator: managing API tokens.</summary>
    TokenManager,

    /// <summary>An API token: uploading an extract (council systems).</summary>
    UploadToken,

    /// <summary>An API token or a member of the organisation: following an upload.</summary>
    UploadStatus,

    /// <summary>An administrator.</summary>
    Admin,
}
