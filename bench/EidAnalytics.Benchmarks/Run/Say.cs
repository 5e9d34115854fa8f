namespace EidAnalytics.Benchmarks.Run;

/// <summary>The run's progress lines, bold on stderr like ./eid's own.</summary>
public static class Say
{
    public static void Line(string message) => Console.Error.WriteLine($"\u001b[1m==> {message}\u001b[0m");
}
