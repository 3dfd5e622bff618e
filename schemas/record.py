"""Pydantic models of the extraction record (see CONTRACT.md in the docs).

These models are the source of truth for the JSON that `vnplan extract` prints and the
SQLite loader stores. Fields read by the evaluation keep their contract names.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

Relation = Literal["basis", "implements", "amends", "replaces", "attached_to", "mention"]
Comparator = Literal[">=", ">", "<=", "<", "="]
Recurrence = Literal["daily", "weekly", "monthly", "quarterly", "semiannual", "annual", "continuous"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Model):
    path: str = Field(description="The path as given on the command line")
    sha256: str = Field(description="SHA-256 of the file's bytes")
    format: str = Field(description="txt | docx | doc | rtf | odt | pdf | html")


class Metadata(_Model):
    doc_type: Optional[str] = None
    number: Optional[str] = Field(None, description="The 'Số:' line as written; null when blank")
    symbol: Optional[str] = Field(None, description="The part after the number")
    issuer: Optional[str] = Field(None, description="Issuing body, in full form")
    province: Optional[str] = None
    issued_date: Optional[str] = Field(None, description="ISO date, partial (YYYY-MM, YYYY) when blank")
    place: Optional[str] = None
    title: Optional[str] = None
    signer: Optional[str] = None


class Span(_Model):
    text: str
    start: int = Field(description="Character offset into the normalized text")
    end: int


class Deadline(_Model):
    text: str
    start: Optional[str] = None
    end: Optional[str] = None
    recurrence: Optional[Recurrence] = None


class LegalReference(Span):
    doc_type: Optional[str] = None
    number: Optional[str] = None
    name: Optional[str] = None
    issued_date: Optional[str] = None
    issuer: Optional[str] = None
    relation: Relation = "mention"
    key: Optional[str] = Field(None, description="Canonical key of the cited document (resolution)")


class Target(Span):
    value: float
    unit: str
    comparator: Comparator = "="
    deadline: Optional[Deadline] = None


class Task(Span):
    product: Optional[str] = None
    deadline: Optional[Deadline] = None
    lead: list[str] = Field(default_factory=list)
    coordinators: list[str] = Field(default_factory=list)
    section: Optional[str] = None


class Record(_Model):
    schema_version: str = SCHEMA_VERSION
    source: Source
    metadata: Metadata = Field(default_factory=Metadata)
    legal_references: list[LegalReference] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
