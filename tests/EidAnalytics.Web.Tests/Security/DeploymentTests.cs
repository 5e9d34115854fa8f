using System.Text.RegularExpressions;
using EidAnalytics.Web.Tests.Infrastructure;

namespace EidAnalytics.Web.Tests.Security;

/// <summary>
/// docker-compose.yml cannot run on the test machines, so its promises are read from the files: the
/// service runs as eid_app, migrations as a schema owner that is no superuser, and the superuser's
/// password reaches only the database container.
/// </summary>
public sealed partial class DeploymentTests
{
    [Fact]
    public void Docker_compose_runs_the_service_as_eid_app_and_its_migrations_as_the_owner()
    {
        var compose = File.ReadAllText(Path.Combine(Repository.Root, "docker-compose.yml"));
        var app = compose[compose.IndexOf("\n  app:", StringComparison.Ordinal)..];

        Assert.Matches(@"ConnectionStrings__Eid: Host=db;Database=eid;Username=eid_app;Password=\$\{EID_APP_PASSWORD\}", app);
        Assert.Matches(@"ConnectionStrings__EidOwner: Host=db;Database=eid;Username=eid_owner;Password=\$\{EID_OWNER_PASSWORD\}", app);
        Assert.DoesNotContain("POSTGRES_PASSWORD", app, StringComparison.Ordinal);
        Assert.Contains("./deploy/db-init:/docker-entrypoint-initdb.d:ro", compose, StringComparison.Ordinal);
    }

    [Fact]
    public void The_database_set_up_makes_eid_app_and_an_owner_neither_of_them_a_superuser()
    {
        var script = File.ReadAllText(Path.Combine(Repository.Root, "deploy", "db-init", "10-eid-roles.sh"));

        Assert.Contains("create role eid_owner login nosuperuser nocreatedb nocreaterole password :'owner_password';", script, StringComparison.Ordinal);
        Assert.Contains("create role eid_app login nosuperuser nocreatedb nocreaterole password :'app_password';", script, StringComparison.Ordinal);
        Assert.Contains("create database eid owner eid_owner;", script, StringComparison.Ordinal);
        var commands = string.Join('\n', script.Split('\n').Where(line => !line.TrimStart().StartsWith('#')));
        Assert.DoesNotMatch(SuperuserGrant(), commands);
    }

    [Fact]
    public void Docker_compose_trusts_forwarded_headers_only_from_the_proxy_it_is_told_of()
    {
        var compose = File.ReadAllText(Path.Combine(Repository.Root, "docker-compose.yml"));

        Assert.Contains("Eid__ForwardedHeaders__KnownProxies__0: ${EID_TRUSTED_PROXY:-}", compose, StringComparison.Ordinal);
        Assert.DoesNotContain("KnownNetworks", compose, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<!no)superuser|alter role", RegexOptions.IgnoreCase)]
    private static partial Regex SuperuserGrant();
}
