using System.Text;

namespace WellbeingKit.Content.Yaml;

/// <summary>
/// Takes the content that ships inside this package out as files: the default pack as YAML an organisation can copy and
/// edit, and the JSON Schemas of every content file kind (for editors such as VS Code's YAML extension). The schemas are
/// also in the package itself, in its <c>content-schema/</c> folder.
/// </summary>
public static class ContentPackFiles
{
    /// <summary>The folder, inside a written pack, that holds the JSON Schemas.</summary>
    public const string SchemaFolder = "schemas";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes the default pack (en, es, fr, ar: flows, exercises, questionnaires, helplines, lexicons, messages, stories) into
    /// <paramref name="directory"/>, with the JSON Schemas in its <c>schemas/</c> folder. The folder is a valid pack as written:
    /// edit it, check it with <c>wellbeing content validate &lt;dir&gt;</c>, and use it with <c>.UseYamlContent(dir)</c>.
    /// </summary>
    /// <param name="directory">The folder to write (missing or empty).</param>
    /// <returns>The files written, relative to <paramref name="directory"/>, with <c>/</c> separators.</returns>
    /// <exception cref="IOException">The folder exists and is not empty (nothing is written).</exception>
    public static IReadOnlyList<string> WriteDefaultPack(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new IOException($"the folder '{directory}' is not empty; choose a new folder for the pack");
        }

        var written = new List<string>();
        foreach (var file in ContentPackLoader.DefaultFiles())
        {
            using var stream = file.Open();
            var full = Path.Join(directory, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using (var target = File.Create(full))
            {
                stream.CopyTo(target);
            }

            written.Add(file.Path);
        }

        written.AddRange(WriteSchemas(Path.Join(directory, SchemaFolder)).Select(name => $"{SchemaFolder}/{name}"));
        return written;
    }

    /// <summary>Writes the JSON Schema of every content file kind (<c>pack.schema.json</c>, <c>flow.schema.json</c>...) into <paramref name="directory"/>, replacing files of the same name.</summary>
    /// <param name="directory">The folder to write (created when missing).</param>
    /// <returns>The file names written.</returns>
    public static IReadOnlyList<string> WriteSchemas(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var (name, text) in Schemas())
        {
            File.WriteAllText(Path.Join(directory, name), text, Utf8);
            written.Add(name);
        }

        return written;
    }

    /// <summary>The embedded schemas, by file name, in name order.</summary>
    internal static IEnumerable<(string Name, string Text)> Schemas()
    {
        var assembly = typeof(ContentPackFiles).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ContentSchemas.ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            yield return (name[ContentSchemas.ResourcePrefix.Length..], reader.ReadToEnd());
        }
    }
}
