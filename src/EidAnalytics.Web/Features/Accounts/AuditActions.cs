namespace EidAnalytics.Web.Features.Accounts;

/// <summary>What the audit log records.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string Upload = "upload";
    public const string Download = "download";
    public const string ViewRecordLevel = "view-record-level";
    public const string Export = "export";
    public const string Erase = "erase";
    public const string Purge = "purge";
    public const string AccountCreated = "account-created";
    public const string RoleChanged = "role-changed";
    public const string PasswordResetIssued = "password-reset-issued";
    public const string AccountDisabled = "account-disabled";
    public const string TokenCreated = "token-created";
    public const string TokenRevoked = "token-revoked";
    public const string ProfileDeleted = "profile-deleted";
}
