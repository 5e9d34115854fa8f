namespace EidAnalytics.Core.Tests.Analyses;

/// <summary>docs/metrics.md names and cites each method behind the adjusted figures and the projection, and its limits.</summary>
public class MethodsDocumentedTests
{
    [Theory]
    [InlineData("Wald", "McCullagh P, Nelder JA (1989)")]
    [InlineData("Separation", "Albert A, Anderson JA (1984)")]
    [InlineData("Householder QR", "Draper NR, Smith H (1998)")]
    [InlineData("Student's t", "n − p degrees of freedom")]
    [InlineData("manpower model", "Bartholomew DJ, Forbes AF, McClean SI (1991)")]
    [InlineData("parametric bootstrap", "Efron B, Tibshirani RJ (1993)")]
    [InlineData("Association, not cause", "The projection is not a forecast")]
    public void The_metrics_page_names_each_method_with_its_source(string method, string source)
    {
        var text = File.ReadAllText(Path.Combine(Root(), "docs", "metrics.md"));
        var section = text[text.IndexOf("## What lies behind the figures", StringComparison.Ordinal)..];

        Assert.Contains(method, section, StringComparison.Ordinal);
        Assert.Contains(source, section, StringComparison.Ordinal);
    }

    private static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EidAnalytics.sln")))
            {
                return folder.FullName;
            }
        }
        throw new DirectoryNotFoundException("No EidAnalytics.sln above " + AppContext.BaseDirectory);
    }
}
