using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Tests.Security;

/// <summary>
/// ./eid up starts the service with a random demo password and prints it: the demo accounts must then take it,
/// under the same password rules as everyone else, on a fresh database and on one made with an older password.
/// </summary>
public sealed class DemoAccountTests(DemoAccountTests.App app) : IClassFixture<DemoAccountTests.App>
{
    // Shaped like ./eid's: base64 of 18 random bytes without '/', '+' and '='.
    private const string DemoPassword = "q8ZtR2vXk1LmW9pHs4NcJ6yB";

    public sealed class App : EidApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Eid:Accounts:DemoPassword"] = DemoPassword,
        };
    }

    [Theory]
    [InlineData(Roles.Policy)]
    [InlineData(Roles.Researcher)]
    [InlineData(Roles.Admin)]
    public async Task Each_demo_account_signs_in_with_the_printed_password(string role)
    {
        var account = new TestAccount(Guid.Empty, AccountSeeding.DemoEmail(role), DemoPassword, role, null);

        using var client = await app.SignInAsync(account, followRedirects: false);

        Assert.NotNull(client);
    }

    [Fact]
    public async Task A_demo_account_made_with_an_older_password_takes_the_new_one()
    {
        const string newer = "Vb7nK3xQ0wTe5uYr2aPz8sLd";
        var seeding = Seeding(newer);

        await seeding.StartAsync(CancellationToken.None);

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EidUser>>();
        var researcher = (await users.FindByEmailAsync(AccountSeeding.DemoEmail(Roles.Researcher)))!;
        var (takesNewer, takesOlder) = (await users.CheckPasswordAsync(researcher, newer), await users.CheckPasswordAsync(researcher, DemoPassword));
        await Seeding(DemoPassword).StartAsync(CancellationToken.None); // as the other tests expect
        Assert.True(takesNewer);
        Assert.False(takesOlder);
    }

    [Fact]
    public async Task A_demo_password_the_rules_refuse_stops_the_start_with_the_reason()
    {
        // The old ./eid made "demo-…-42", which holds the accounts' name "Demo".
        var seeding = Seeding("demo-abcdefghijkl-42");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => seeding.StartAsync(CancellationToken.None));

        Assert.Contains("must not contain your email address or your name", error.Message);
    }

    private AccountSeeding Seeding(string demoPassword) =>
        new(app.Services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new AccountSeedingOptions { DemoPassword = demoPassword }),
            TimeProvider.System, NullLogger<AccountSeeding>.Instance);
}
