using System.Reflection;
using EidAnalytics.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace EidAnalytics.Web.Features.Accounts;

/// <summary>
/// The password rules of the NCSC's password guidance: length (12 or more, set in the Identity options), no
/// common or breached password (a shipped deny-list, see CommonPasswords.NOTICE.md), nothing guessable from the
/// account itself (its email, the email's name part, its display name) — and no composition rules.
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<EidUser>
{
    // Parts shorter than this ("jo" of jo@…) would refuse too many good passwords for too little.
    private const int ShortestPersonalPart = 4;

    private static readonly Lazy<HashSet<string>> Common = new(LoadCommon);

    public Task<IdentityResult> ValidateAsync(UserManager<EidUser> manager, EidUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }
        if (Common.Value.Contains(password.ToLowerInvariant()))
        {
            return Failed("PasswordCommon", "This password is one of the most common passwords. Choose a password that is harder to guess, for example three random words.");
        }
        if (PersonalParts(user).Any(part => password.Contains(part, StringComparison.OrdinalIgnoreCase)))
        {
            return Failed("PasswordPersonal", "Your password must not contain your email address or your name.");
        }
        return Task.FromResult(IdentityResult.Success);
    }

    private static IEnumerable<string> PersonalParts(EidUser user)
    {
        var email = user.Email ?? user.UserName ?? "";
        var at = email.IndexOf('@', StringComparison.Ordinal);
        string?[] parts = [email, at > 0 ? email[..at] : null, .. user.DisplayName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        return parts.OfType<string>().Where(p => p.Length >= ShortestPersonalPart);
    }

    private static Task<IdentityResult> Failed(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));

    private static HashSet<string> LoadCommon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("EidAnalytics.Web.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded in the service.");
        using var reader = new StreamReader(stream);
        var common = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            common.Add(line);
        }
        return common;
    }
}
