using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;

namespace ClinicalProject.ResourceInventory.Tests.Infrastructure;

/// <summary>An HSDS tabular package written by hand: file name → CSV text, zipped as another directory would.</summary>
public static class HsdsZip
{
    public static byte[] Bytes(Dictionary<string, string> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in files)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }

    public static ByteArrayContent Content(byte[] zip)
    {
        var content = new ByteArrayContent(zip);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return content;
    }

    public static ByteArrayContent Content(Dictionary<string, string> files) => Content(Bytes(files));
}
