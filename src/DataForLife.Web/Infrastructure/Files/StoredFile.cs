namespace DataForLife.Web.Infrastructure.Files;

/// <param name="Head">The first bytes of the file, to tell its type by content.</param>
public sealed record StoredFile(string Key, long Size, string Sha256, byte[] Head);
