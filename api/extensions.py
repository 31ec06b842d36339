"""Schema extensions: errors masked with a request id, domain errors given their code.

The one place where failures of queries become GraphQL errors:

- a :class:`DomainError` (an expected failure) keeps its Chinese message and
  gets ``extensions.code`` (and ``extensions.field`` where an input is wrong);
- syntax, validation and limit errors are the client's and are shown as they are;
- anything else is a bug: logged in full (traceback, request id) and answered
  with a generic message carrying the request id and ``INTERNAL_ERROR``.

Mutations return expected failures as members of their result union instead
(``api.errors.mutation_result``); this extension covers what escapes.
"""

from __future__ import annotations

import logging
import uuid

from graphql.error import GraphQLError
from strawberry.extensions import MaskErrors

from domain.errors import DomainError
from shenguan.logs import request_id_var

log = logging.getLogger("shenguan.graphql")

INTERNAL_ERROR = "INTERNAL_ERROR"


def internal_error_message(request_id: str) -> str:
    return f"服务器内部错误，请联系管理员并提供请求编号 {request_id}"


class MaskUnexpectedErrors(MaskErrors):
    """Expected (domain) errors keep their message and get ``extensions.code``;
    anything else is logged in full and answered with only the request id."""

    def __init__(self) -> None:
        super().__init__()

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        return [self._process_error(error) for error in errors]

    def _process_error(self, error: GraphQLError) -> GraphQLError:
        original = error.original_error
        if original is None or isinstance(original, GraphQLError):
            return error  # syntax, validation, limits: the client's own, safe to show
        if isinstance(original, DomainError):
            extensions = {"code": original.code.value}
            if original.field is not None:
                extensions["field"] = original.field
            return GraphQLError(
                original.message,
                nodes=error.nodes,
                source=error.source,
                positions=error.positions,
                path=error.path,
                extensions=extensions,
            )
        request_id = request_id_var.get() or uuid.uuid4().hex
        log.error(
            "unexpected error in GraphQL resolver at %s",
            ".".join(str(p) for p in error.path or ()) or "(operation)",
            exc_info=(type(original), original, original.__traceback__),
            extra={"request_id": request_id, "graphql_path": list(error.path or [])},
        )
        return GraphQLError(
            internal_error_message(request_id),
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            extensions={"code": INTERNAL_ERROR, "requestId": request_id},
        )
