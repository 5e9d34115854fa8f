using System.Diagnostics;

namespace EidAnalytics.Web.Tests.Infrastructure;

/// <summary>Runs the machine's command-line tools (pdfinfo, pdftotext) that tests read PDFs with.</summary>
public static class Programs
{
    /// <summary>Runs the program to the end and returns its standard output; fails the test on a non-zero exit.</summary>
    public static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
