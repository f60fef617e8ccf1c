"""Checks FollowTheMoney JSON lines (stdin) against FtM's own model, with the followthemoney library.

Prints one JSON object: {"entities": N, "problems": [...]}. A problem is an unknown schema, an abstract
schema, a property the schema does not have, a value the property's type rejects, a missing required
property, or a reference to an entity that is not in the file.
"""
import json
import sys

from followthemoney import model


def check(lines):
    problems = []
    proxies = []
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        data = json.loads(text)
        schema = model.get(data.get("schema"))
        if schema is None:
            problems.append(f"line {number}: {data.get('id')}: no FtM schema named {data.get('schema')!r}")
            continue
        if schema.abstract:
            problems.append(f"line {number}: {data['id']}: {schema.name} is abstract")
        for name, values in data.get("properties", {}).items():
            prop = schema.get(name)
            if prop is None:
                problems.append(f"line {number}: {data['id']}: {schema.name} has no property {name!r}")
                continue
            for value in values:
                if prop.type.clean(value, proxy=None) is None:
                    problems.append(f"line {number}: {data['id']}: {name}={value!r} is not a valid {prop.type.name}")
        for required in schema.required:
            if not data.get("properties", {}).get(required):
                problems.append(f"line {number}: {data['id']}: {schema.name} requires {required!r}")
        proxies.append(model.get_proxy(data, cleaned=False))
    ids = {p.id for p in proxies}
    for proxy in proxies:
        for prop, value in proxy.itervalues():
            if prop.type.name == "entity" and value not in ids:
                problems.append(f"{proxy.id}: {prop.name} points to {value!r}, which is not in the file")
    return {"entities": len(proxies), "problems": problems}


if __name__ == "__main__":
    print(json.dumps(check(sys.stdin.read().splitlines())))
