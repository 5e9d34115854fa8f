using System.Reflection;
using System.Text.RegularExpressions;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Web.Tests.Infrastructure;

namespace EidAnalytics.Web.Tests.Setup;

/// <summary>A setting that cannot work stops the service at start, in words naming the setting; none is found later by a user.</summary>
public sealed partial class OptionsAtStartTests
{
    [Theory]
    // The default high end is 0.16, so a low end of 0.20 turns the band upside down.
    [InlineData("Eid:Metrics:BaselineLow", "0.20", "the baseline band must satisfy 0 <= BaselineLow <= BaselineHigh <= 1; it is 0.2 to 0.16")]
    [InlineData("Eid:Metrics:ProjectionTarget", "30", "ProjectionTarget is a share of staff between 0 and 1")]
    [InlineData("Eid:Disclosure:MinShareDenominator", "3", "Eid:Disclosure:MinShareDenominator (3) is below Eid:Disclosure:Threshold (5)")]
    [InlineData("Eid:Reference:OrganisationsFile", "/nonexistent/organisations.csv", "Eid:Reference:OrganisationsFile '/nonexistent/organisations.csv' does not exist")]
    [InlineData("Eid:Samples:Directory", "/", "Eid:Samples:Directory '/' has no extracts folder")]
    [InlineData("Eid:Accounts:DemoOrganisation", "Kingsmere", "Eid:Accounts:DemoOrganisation is an organisation's GSS code")]
    [InlineData("Eid:Accounts:AdminEmail", "admin", "Eid:Accounts:AdminEmail is an email address")]
    public async Task A_setting_that_cannot_work_stops_the_service_at_start_and_names_itself(string key, string value, string message)
    {
        await using var app = new AppWith(key, value);
        await app.InitializeAsync();

        var refused = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(message, Messages(refused), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_options_class_is_bound_with_validation_at_start()
    {
        var source = string.Join('\n', Directory.EnumerateFiles(Path.Combine(Repository.Root, "src", "EidAnalytics.Web"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var registrations = AddOptions().Matches(source).ToDictionary(m => m.Groups["type"].Value, m => m.Value);
        var optionsTypes = new[] { typeof(Program).Assembly, typeof(MetricOptions).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal) && t.GetField("Section", BindingFlags.Public | BindingFlags.Static) is not null)
            .Select(t => t.Name)
            .Append(nameof(MetricOptions));

        Assert.All(optionsTypes, type =>
        {
            Assert.True(registrations.TryGetValue(type, out var registration), $"{type} is never bound with AddOptions<{type}>()");
            Assert.Matches("ValidateOnStart|ValidateBy", registration);
        });
    }

    private static string Messages(Exception e) =>
        string.Join(" | ", e is AggregateException all ? all.Flatten().InnerExceptions.Select(Messages) : [e.Message, .. e.InnerException is { } inner ? [Messages(inner)] : Array.Empty<string>()]);

    [GeneratedRegex(@"AddOptions<(?<type>\w+)>\(\)[^;]*;")]
    private static partial Regex AddOptions();

    private sealed class AppWith(string key, string value) : EidApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { [key] = value };
    }
}
