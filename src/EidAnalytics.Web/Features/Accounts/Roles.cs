namespace EidAnalytics.Web.Features.Accounts;

/// <summary>The roles of DESIGN §7. Uploader and viewer accounts are bound to one organisation.</summary>
public static class Roles
{
    public const string Uploader = "uploader";
    public const string Viewer = "viewer";
    public const string Policy = "policy";
    public const string Researcher = "researcher";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Uploader, Viewer, Policy, Researcher, Admin];

    public static bool IsOrganisationBound(string role) => role is Uploader or Viewer;

    public static string Describe(string role) => role switch
    {
        Uploader => "Uploader: uploads extracts and sees its organisation's figures",
        Viewer => "Viewer: sees its organisation's figures",
        Policy => "Policy: benchmark reports and comparisons, disclosure-controlled",
        Researcher => "Researcher: comparisons and downloads, disclosure-controlled",
        Admin => "Administrator: accounts, organisations, audit log, erasure",
        _ => role,
    };
}
