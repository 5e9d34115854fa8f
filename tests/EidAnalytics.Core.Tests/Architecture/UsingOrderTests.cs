using System.Runtime.CompilerServices;

namespace EidAnalytics.Core.Tests.Architecture;

/// <summary>
/// Usings in the order .editorconfig sets (dotnet_sort_system_directives_first): System namespaces
/// first, then the rest by name, then using static, then aliases — the order an IDE's "sort usings"
/// gives, so no change of a file reorders them. The build refuses unused ones (IDE0005).
/// </summary>
public sealed class UsingOrderTests
{
    private static readonly string[] SourceFolders = ["src", "tests", "bench"];

    [Fact]
    public void Every_source_file_has_its_usings_in_order()
    {
        var misordered = SourceFiles()
            .Select(path => (path, usings: Usings(path)))
            .Where(file => !file.usings.SequenceEqual(Sorted(file.usings)))
            .Select(file => $"{Path.GetRelativePath(Root(), file.path)}: {string.Join("; ", file.usings)}")
            .ToList();

        Assert.True(misordered.Count == 0, "usings out of order:\n" + string.Join('\n', misordered));
    }

    [Fact]
    public void The_order_puts_system_first_then_names_then_static_then_aliases()
    {
        string[] mixed = ["using C = A.B;", "using static Z.Y;", "using Microsoft.X;", "using System.Text;", "using EidAnalytics.Core;", "using System;"];

        Assert.Equal(["using System;", "using System.Text;", "using EidAnalytics.Core;", "using Microsoft.X;", "using static Z.Y;", "using C = A.B;"], Sorted(mixed));
    }

    internal static IReadOnlyList<string> Sorted(IEnumerable<string> usings) =>
        [.. usings.OrderBy(Group).ThenBy(Name, StringComparer.OrdinalIgnoreCase).ThenBy(Name, StringComparer.Ordinal)];

    private static int Group(string line) =>
        line.StartsWith("using static ", StringComparison.Ordinal) ? 2
        : line.Contains(" = ", StringComparison.Ordinal) ? 3
        : Name(line) == "System" || Name(line).StartsWith("System.", StringComparison.Ordinal) ? 0
        : 1;

    // What follows "using" (and "static"), without the ';'.
    private static string Name(string line) =>
        line["using ".Length..].Replace("static ", "", StringComparison.Ordinal).TrimEnd(';');

    // The directives at the top of a file, before its first line of anything else (comments and blank lines aside).
    private static List<string> Usings(string path) =>
        [.. File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal) && !l.StartsWith("extern alias ", StringComparison.Ordinal))
            .TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal) && l.EndsWith(';') && !l.StartsWith("using var ", StringComparison.Ordinal))];

    private static IEnumerable<string> SourceFiles() =>
        SourceFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Root(), folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    private static string Root([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}
