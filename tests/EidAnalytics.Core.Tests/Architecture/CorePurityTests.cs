using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Core.Tests.Architecture;

/// <summary>DESIGN §2: Core is pure — no EF Core, no ASP.NET, no database driver, no HTTP, no clock, no files.</summary>
public sealed partial class CorePurityTests
{
    private static readonly string[] ForbiddenAssemblies =
    [
        "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "Hangfire", "Microsoft.Playwright", "System.Net.Http",
    ];

    [Fact]
    public void Core_references_no_database_web_or_job_assembly()
    {
        var references = typeof(EmployeeRecord).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, r => ForbiddenAssemblies.Any(f => r.StartsWith(f, StringComparison.Ordinal)));
    }

    [Fact]
    public void Core_source_never_reads_the_clock_or_touches_files()
    {
        var offenders = Directory.EnumerateFiles(CoreSourceFolder(), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => ImpureCall().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.Empty(offenders);
    }

    private static string CoreSourceFolder([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "EidAnalytics.Core"));

    [GeneratedRegex(@"\b(DateTime(Offset)?\.(Now|UtcNow|Today)|TimeProvider|File\.|Directory\.|new FileStream|Console\.)")]
    private static partial Regex ImpureCall();
}
