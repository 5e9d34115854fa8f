using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Uploads;

/// <summary>A stored original: its generated name, SHA-256 and size.</summary>
public sealed record StoredFile(string StoredName, byte[] ContentHash, long SizeBytes);

/// <summary>
/// Keeps uploaded originals byte for byte under generated names, outside the web root. A file is
/// written to a temporary name and renamed when complete, so a crash never leaves half a file
/// under a name the database refers to.
/// </summary>
public sealed class ExtractFileStore(IOptions<StorageOptions> options)
{
    private string Folder => Path.Combine(options.Value.Directory, "extracts");

    public async Task<StoredFile> SaveAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var storedName = Guid.NewGuid().ToString("N");
        var temporary = PathOf(storedName) + ".part";
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                var buffer = new byte[1 << 16];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                    {
                        throw new FileTooLargeException(maxBytes);
                    }
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
                await file.FlushAsync(cancellationToken);
            }
            File.Move(temporary, PathOf(storedName));
            return new StoredFile(storedName, hash.GetHashAndReset(), size);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public Stream OpenRead(string storedName) =>
        new FileStream(PathOf(storedName), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    public void Delete(string storedName) => File.Delete(PathOf(storedName));

    private string PathOf(string storedName) => Path.Combine(Folder, storedName);
}
