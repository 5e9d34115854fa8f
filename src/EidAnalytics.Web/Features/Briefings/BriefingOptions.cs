using System.ComponentModel.DataAnnotations;

namespace EidAnalytics.Web.Features.Briefings;

/// <summary>Briefing rendering (section Eid:Briefings).</summary>
public sealed class BriefingOptions
{
    public const string Section = "Eid:Briefings";

    /// <summary>Chromium used to print PDFs (Debian's package by default).</summary>
    [Required]
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>When set, every rendered PDF (briefings and benchmark reports) is also written here (./eid up points it at reports/).</summary>
    public string? ExportDirectory { get; set; }

    /// <summary>Writes a PDF into <see cref="ExportDirectory"/>, if set, whole or not at all (via a temporary file).</summary>
    public void Export(string fileName, byte[] pdf)
    {
        if (ExportDirectory is not { Length: > 0 } folder)
        {
            return;
        }
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        var temporary = path + ".part";
        File.WriteAllBytes(temporary, pdf);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Longest a single render may take before it is abandoned and retried.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan RenderTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
