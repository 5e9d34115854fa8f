using EidAnalytics.Web.Data;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EidAnalytics.Web.Tests.Security;

/// <summary>
/// Passwords follow the NCSC's guidance: at least 12 characters, not a common or breached password, nothing
/// taken from the account, and no composition rules. Checked through the service's own UserManager, so every
/// place a password is set (invitation, reset, seeding) applies the same rules.
/// </summary>
public sealed class PasswordRuleTests(EidApp app) : IClassFixture<EidApp>
{
    private static EidUser Jo() => new() { Email = "jo.bloggs@council.gov.uk", UserName = "jo.bloggs@council.gov.uk", DisplayName = "Jo Sharma-Bloggs" };

    [Theory]
    [InlineData("jo.bloggs@council.gov.uk1")] // the finding: the email with "1" added
    [InlineData("JO.BLOGGS-spring-2026")] // the email's name part, in any case
    [InlineData("my-name-is-sharma-bloggs")] // the display name
    public async Task A_password_containing_the_email_or_name_is_refused(string password)
    {
        var errors = await ErrorsAsync(Jo(), password);

        Assert.Equal(["PasswordPersonal"], errors);
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("PASSWORD1234")] // the list is matched without regard to case
    [InlineData("qwertyuiopas")]
    public async Task A_common_or_breached_password_is_refused(string password)
    {
        var errors = await ErrorsAsync(Jo(), password);

        Assert.Equal(["PasswordCommon"], errors);
    }

    [Fact]
    public async Task Eleven_characters_are_too_few()
    {
        // "kettle-lamp" is 6 + 1 + 4 = 11 characters.
        var errors = await ErrorsAsync(Jo(), "kettle-lamp");

        Assert.Equal(["PasswordTooShort"], errors);
    }

    [Theory]
    [InlineData("orange kettle violin")] // three random words, lower case, no digit or symbol
    [InlineData("ORANGEKETTLEVIOLIN")]
    public async Task A_long_uncommon_password_needs_no_digits_symbols_or_mixed_case(string password)
    {
        Assert.Empty(await ErrorsAsync(Jo(), password));
    }

    private async Task<List<string>> ErrorsAsync(EidUser user, string password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EidUser>>();
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            errors.AddRange(result.Errors.Select(e => e.Code));
        }
        return errors;
    }
}
