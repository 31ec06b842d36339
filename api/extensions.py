"""Schema extensions: errors masked with a request id, domain errors given their code."""

from __future__ import annotations

import logging

from graphql.error import GraphQLError
from strawberry.extensions import MaskErrors

from domain.errors import DomainError
from shenguan.logs import request_id_var

log = logging.getLogger("shenguan.graphql")


class MaskUnexpectedErrors(MaskErrors):
    """Expected (domain) errors keep their message and get ``extensions.code``;
    anything else is logged in full and answered with only the request id."""

    def __init__(self) -> None:
        super().__init__()

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        processed: list[GraphQLError] = []
        for error in errors:
            original = error.original_error
            if original is None:  # syntax, validation, limits: safe to show
                processed.append(error)
            elif isinstance(original, DomainError):
                processed.append(
                    GraphQLError(
                        original.message,
                        nodes=error.nodes,
                        path=error.path,
                        extensions={"code": original.code.value, "field": original.field},
                    )
                )
            elif isinstance(original, GraphQLError):
                processed.append(error)
            else:
                request_id = request_id_var.get()
                log.error(
                    "unexpected error in GraphQL resolver",
                    exc_info=(type(original), original, original.__traceback__),
                    extra={"path": list(error.path or [])},
                )
                processed.append(
                    GraphQLError(
                        f"服务器内部错误，请联系管理员并提供请求编号 {request_id}",
                        nodes=error.nodes,
                        path=error.path,
                        extensions={"code": "INTERNAL_ERROR", "requestId": request_id},
                    )
                )
        return processed
