using Microsoft.AspNetCore.Http;

namespace WellbeingKit.AspNetCore.Internal;

internal static class Problems
{
    public static IResult Create(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);

    public static IResult Validation(string field, string error) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [error] },
            detail: $"{field}: {error}",
            title: "The request has invalid fields");
}
