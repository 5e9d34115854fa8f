using System.Runtime.CompilerServices;

namespace EidAnalytics.Web.Tests.Infrastructure;

/// <summary>The checkout the tests were built from, for tests that read its files.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}
