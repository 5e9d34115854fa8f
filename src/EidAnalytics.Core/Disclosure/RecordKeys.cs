using System.Security.Cryptography;

namespace EidAnalytics.Core.Disclosure;

/// <summary>
/// Each person's record key for the cell key method: the first byte of HMAC-SHA256(k, pseudonym), where k is
/// derived from the pseudonymisation key, so the key is uniform on 0–255, the same for the same person in every
/// snapshot and upload, and cannot be worked out from a stored pseudonym without the key (which never enters the
/// database). Record keys are never stored: each dataset keeps only its cells' sums of them.
/// Not thread-safe; one per load.
/// </summary>
public sealed class RecordKeys : IDisposable
{
    /// <summary>Keys run from 0 to Range − 1, and a cell's key is the sum of its records' keys modulo Range (ONS used 256).</summary>
    public const int Range = 256;

    private static readonly byte[] Label = "EidAnalytics record keys v1"u8.ToArray();

    private readonly IncrementalHash _hmac;
    private readonly byte[] _hash = new byte[HMACSHA256.HashSizeInBytes];

    /// <param name="pseudonymisationKey">The key behind pseudonyms; the record keys' own key is derived from it, so one secret serves both.</param>
    public RecordKeys(byte[] pseudonymisationKey)
    {
        ArgumentNullException.ThrowIfNull(pseudonymisationKey);
        _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, HMACSHA256.HashData(pseudonymisationKey, Label));
    }

    /// <summary>The record key of the person with this pseudonym.</summary>
    public byte Of(ReadOnlySpan<byte> pseudonym)
    {
        _hmac.AppendData(pseudonym);
        _hmac.GetHashAndReset(_hash);
        return _hash[0];
    }

    public void Dispose() => _hmac.Dispose();
}
