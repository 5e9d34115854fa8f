namespace EidAnalytics.Core.Pseudonymisation;

/// <summary>The pseudonymisation key as the service and the CLI read it: base64 text of at least 32 bytes.</summary>
public static class PseudonymKey
{
    public const int MinBytes = 32;

    /// <exception cref="FormatException">The text is not base64 or holds fewer than 32 bytes.</exception>
    public static byte[] Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = Convert.FromBase64String(text.Trim());
        return key.Length >= MinBytes ? key : throw new FormatException($"The pseudonymisation key must be at least {MinBytes} bytes.");
    }
}
