using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace WellbeingKit.AspNetCore.Internal;

/// <summary>
/// A static file of the web chat, compressed once (Brotli and gzip) and served with a strong ETag, so a repeat visit
/// costs a 304 and a first one a fraction of the bytes. No middleware is needed from the host.
/// </summary>
internal sealed class StaticAsset
{
    private readonly byte[] _plain;
    private readonly byte[] _gzip;
    private readonly byte[] _brotli;
    private readonly string _contentType;

    public StaticAsset(byte[] content, string contentType)
    {
        _plain = content;
        _contentType = contentType;
        ETag = Tag(content);
        _gzip = Compress(content, s => new GZipStream(s, CompressionLevel.SmallestSize, leaveOpen: true));
        _brotli = Compress(content, s => new BrotliStream(s, CompressionLevel.SmallestSize, leaveOpen: true));
    }

    public string ETag { get; }

    /// <summary>A strong ETag of <paramref name="content"/> (the first 16 bytes of its SHA-256, in hex).</summary>
    public static string Tag(ReadOnlySpan<byte> content) => "\"" + Convert.ToHexStringLower(SHA256.HashData(content)[..16]) + "\"";

    /// <summary>304 when the browser's copy is current; otherwise the content, in the best encoding the browser accepts.</summary>
    public IResult Serve(HttpContext http) => Serve(http, ETag, _contentType, _plain, _gzip, _brotli);

    /// <summary>Serves <paramref name="plain"/> (and its compressed forms, when given) with <paramref name="etag"/>.</summary>
    public static IResult Serve(HttpContext http, string etag, string contentType, byte[] plain, byte[]? gzip = null, byte[]? brotli = null)
    {
        var headers = http.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.ETag = etag;
        headers.Vary = HeaderNames.AcceptEncoding;
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && (v.Contains(etag, StringComparison.Ordinal) || v.Trim() == "*")))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var accepted = http.Request.Headers.AcceptEncoding.ToString();
        if (brotli is not null && Accepts(accepted, "br") && brotli.Length < plain.Length)
        {
            headers.ContentEncoding = "br";
            return TypedResults.Bytes(brotli, contentType);
        }

        if (gzip is not null && Accepts(accepted, "gzip") && gzip.Length < plain.Length)
        {
            headers.ContentEncoding = "gzip";
            return TypedResults.Bytes(gzip, contentType);
        }

        return TypedResults.Bytes(plain, contentType);
    }

    /// <summary>True when the Accept-Encoding header lists <paramref name="coding"/> without <c>q=0</c>.</summary>
    private static bool Accepts(string header, string coding)
    {
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = part.Split(';', StringSplitOptions.TrimEntries);
            if (string.Equals(pieces[0], coding, StringComparison.OrdinalIgnoreCase))
            {
                return !pieces.Skip(1).Any(p => p.Replace(" ", "", StringComparison.Ordinal) is "q=0" or "q=0.0" or "q=0.00" or "q=0.000");
            }
        }

        return false;
    }

    private static byte[] Compress(byte[] content, Func<Stream, Stream> open)
    {
        using var output = new MemoryStream();
        using (var compressor = open(output))
        {
            compressor.Write(content);
        }

        return output.ToArray();
    }
}
