using System.Net.Http.Headers;
using System.Text.Json;
using DataForLife.Population.Detection;
using DataForLife.Tests.Support;

namespace DataForLife.Tests.Catalogue;

/// <summary>What the catalogue's tests do over HTTP: read entries, download the population, make and send predictions.</summary>
public static class CatalogueClient
{
    public static async Task<JsonElement> DataSetAsync(this HttpClient client, string slug) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/editions/2023/datasets/{slug}");

    public static async Task<string> FirstFileUrlAsync(this HttpClient client, string slug) =>
        (await client.DataSetAsync(slug)).GetProperty("files")[0].GetProperty("url").GetString()!;

    /// <summary>The baseline detector's predictions for the hosted population, as <c>dfl population check</c> writes them.</summary>
    public static async Task<string> BaselinePredictionsAsync(this HttpClient client, string folder)
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllBytesAsync(path, await client.GetByteArrayAsync(await client.FirstFileUrlAsync("population")));
        var (records, problem) = await PopulationFile.ReadAsync(path);
        Assert.Null(problem);
        using var writer = new StringWriter();
        BaselineDetector.WritePredictions(BaselineDetector.Run(records!), writer);
        return writer.ToString();
    }

    /// <summary>Sends a predictions file through the data set page's form, as a browser does.</summary>
    public static async Task<HttpResponseMessage> SendPredictionsAsync(this HttpClient client, byte[] content, string fileName = "predictions.csv")
    {
        var token = await client.GetTokenAsync("/data/population");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "predictionsFile", fileName);
        return await client.PostAsync("/data/population?handler=Predictions", form);
    }
}
